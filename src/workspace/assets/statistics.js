// Draws the statistics page's charts with Chart.js from each canvas's data-chart attribute (the
// numbers of the table beside it), so the page needs no inline script under the workspace's CSP.
// Without JavaScript the tables say everything; printing keeps both.
(() => {
  // Colours that stay apart in greyscale print too.
  const PALETTE = ['#234b6e', '#d9822b', '#5b8c3a', '#a23b72', '#7f7f7f', '#2f9fbf', '#c9b037', '#6b4fa0'];

  function draw(canvas) {
    let spec;
    try {
      spec = JSON.parse(canvas.dataset.chart || '');
    } catch {
      return;
    }
    if (!spec || !Array.isArray(spec.datasets) || spec.labels.length === 0) {
      canvas.closest('figure')?.setAttribute('hidden', '');
      return;
    }
    const horizontal = spec.horizontal === true;
    // A long list (languages, channels) needs room: about 28 px a bar. Set through the CSSOM, which
    // the CSP allows (a style attribute in the markup it would not).
    if (horizontal) canvas.parentElement.style.height = `${Math.max(120, 40 + 28 * spec.labels.length)}px`;
    const datasets = spec.datasets.map((set, i) => {
      const colour = PALETTE[i % PALETTE.length];
      return { ...set, backgroundColor: colour, borderColor: colour, spanGaps: true };
    });
    const axis = { stacked: spec.stacked === true, beginAtZero: true, ticks: { precision: 0 } };
    new Chart(canvas, {
      type: spec.type === 'line' ? 'line' : 'bar',
      data: { labels: spec.labels, datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: { x: axis, y: axis },
        plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
      },
    });
  }

  function start() {
    if (typeof window.Chart !== 'function') return;
    for (const canvas of document.querySelectorAll('canvas[data-chart]')) draw(canvas);
    const print = document.querySelector('[data-print]');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
