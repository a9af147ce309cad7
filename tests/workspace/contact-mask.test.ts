import { describe, expect, it } from 'vitest';
import { maskContacts } from '../../src/workspace/contact-mask.js';

const WORDS = { phone: '[nomor]', email: '[email]', pin: '[pin]' };

describe('maskContacts', () => {
  it.each([
    ['telepon saya 081234567890 ya', 'telepon saya [nomor] ya'],
    ['wa +62 812-3456-7890 malam', 'wa [nomor] malam'],
    ['nomornya 62812.3456.789', 'nomornya [nomor]'],
    ['email ibu.sari+lapor@mail.example.id saja', 'email [email] saja'],
    [
      'PIN laporan: *964983*\nPIN ini hanya ditampilkan sekali',
      'PIN laporan: *[pin]*\nPIN ini hanya ditampilkan sekali',
    ],
    ['Report PIN: *0123*', 'Report PIN: *[pin]*'],
  ])('should hide the contact in %j', (text, masked) => {
    expect(maskContacts(text, WORDS)).toBe(masked);
  });

  it.each([
    'kejadiannya 2026-12-06 jam 21.30',
    'nomor laporan K7M-4PX',
    'anak saya umur 12 tahun, kelas 6',
    'rp 1.500.000 utang',
  ])('should leave %j as it is', (text) => {
    expect(maskContacts(text, WORDS)).toBe(text);
  });
});
