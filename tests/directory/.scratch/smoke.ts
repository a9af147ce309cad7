import { createRegionGazetteer } from '../../../src/directory/region-gazetteer.js';
const h0 = process.memoryUsage().heapUsed; const r0 = process.memoryUsage().rss;
let t = performance.now();
const g = createRegionGazetteer({ aliases: [{ name: 'lutra', codes: ['73.22'] }] });
g.resolveRegion('Kota Palu');
console.log('base build ms', (performance.now() - t).toFixed(1));
t = performance.now();
g.catalog.villages;
console.log('villages ms', (performance.now() - t).toFixed(1));
globalThis.gc?.();
console.log('heap MB', ((process.memoryUsage().heapUsed - h0) / 1e6).toFixed(1), 'rss MB', ((process.memoryUsage().rss - r0) / 1e6).toFixed(1));
const show = (m: any) => m.type === 'found' ? `found ${m.area.label} (${m.area.level})` : m.type === 'ambiguous' ? `ambiguous[${m.total}] ${m.candidates.map((c: any) => c.label).join(' | ')}` : `unknown ${m.suggestions.join(' | ')}`;
for (const q of ['Kota Palu', 'palu', 'PALU', 'kab. pati', 'Kabupaten Pati', 'Juwana', 'Lutra', 'luwu utara', 'Luwu Utra', 'Payakumbuah', 'Sulteng', 'Sidodadi', 'qwrtzx', 'Luwu Utaraaaa', 'Jambi', 'Kota Jambi', 'Bogor', 'Lima Puluh Kota', 'Limapuluh Kota', 'Kota Baru', 'Juwana, Kab. Pati, Jawa Tengah', 'Sidodadi, Kec. Juwana', 'Juwana Pati', 'jogja', 'Kabupaten Palu', 'Gorontalo', 'Bengkulu', 'Jakarta Selatan', 'Palopo', 'Luwu', 'Mekar Sari'])
  console.log(q.padEnd(32), show(g.resolveRegion(q)));
for (const q of ['dipukul pakai palu', 'saya tinggal di palu', 'aku neng Juwana', 'dari Pati', 'saya di kota palu barat', 'dipukul ibu dari ibu saya', 'nganti pati', 'tinggal di desa sidodadi kec juwana', 'di rumah di payakumbuah', 'saya dari jambi', 'kepala saya di pukul', 'saya di kota', 'ri bola', 'Kab. Luwu Utara'])
  console.log(q.padEnd(32), g.findRegionInText(q) ? show(g.findRegionInText(q)) : 'none');
t = performance.now();
for (let i = 0; i < 200; i++) g.resolveRegion('Payakumbuah'+i);
console.log('200 typo lookups ms', (performance.now() - t).toFixed(1));
for (const q of ['Kabupaten Palu', 'Trimulyo, Kec. Juwana', 'Trimulyo Juwana', 'Palu, Sulawesi Selatan']) console.log(q.padEnd(32), show(g.resolveRegion(q)));
for (const q of ['Payakumbuah', 'xqwzrt mnbv', 'Luwu Utara', 'Sidodadi']) { t = performance.now(); for (let i = 0; i < 100; i++) g.resolveRegion(q); console.log(q, ((performance.now() - t)/100).toFixed(2), 'ms each'); }
t = performance.now(); for (let i = 0; i < 100; i++) g.findRegionInText('saya sudah lama tinggal di rumah mertua dekat pasar dan dipukul suami dari kemarin malam'); console.log('free text', ((performance.now() - t)/100).toFixed(2), 'ms each');
