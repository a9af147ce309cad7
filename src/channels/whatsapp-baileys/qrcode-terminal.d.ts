/** qrcode-terminal ships no types; this is the one call the link command makes. */
declare module 'qrcode-terminal' {
  const qrcode: {
    generate(text: string, options: { small?: boolean }, callback: (art: string) => void): void;
  };
  export default qrcode;
}
