/**
 * The non-urgent report most tests walk, typed turn by turn: greeting, consent, a story of repeated
 * past abuse (no danger now), safety "no", category confirmed, no child, then the place — which
 * picks the office (Kota Palu → UPTD PPA Kota Palu in the fixtures, Kota Jambi → its UPTD PPA).
 */
export function typedReport(place: string): string[] {
  return [
    'halo',
    'ya',
    'suami saya sering memukul saya kalau marah, sudah setahun',
    'tidak',
    'benar',
    'tidak',
    place,
  ];
}
