/**
 * Intl.DateTimeFormat, built once per locale and options. Building one costs about as much as
 * formatting a hundred dates, and the hot paths (a case notice's deadline, a reporter's date) use
 * a handful of locales and office zones over and over.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
