// N opens the next work-queue item from any page, unless the registrar is typing.
document.addEventListener('keydown', event => {
  if ((event.key !== 'n' && event.key !== 'N') || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  if (event.target.closest && event.target.closest('input, textarea, select, [contenteditable]')) {
    return;
  }
  const next = document.querySelector('[data-next-item]');
  if (next) {
    event.preventDefault();
    window.location.assign(next.href);
  }
});

// Bar charts of the data-quality dashboard: the value beside its threshold.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
    const data = JSON.parse(canvas.dataset.chart);
    const datasets = [{ label: 'Value (%)', data: data.values, backgroundColor: '#1d70b8' }];
    if (data.thresholds.some(threshold => threshold !== null)) {
      datasets.push({ label: 'Threshold (%)', data: data.thresholds, backgroundColor: '#b58840' });
    }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: datasets },
      options: { animation: false, scales: { y: { beginAtZero: true, max: 100 } } }
    });
  });
});

// A failing edit's link to an item puts the cursor in that item's field, ready to fix it.
document.addEventListener('click', event => {
  const link = event.target.closest && event.target.closest('.failing a[href^="#"]');
  if (!link) {
    return;
  }
  const field = document.getElementById(link.getAttribute('href').substring(1));
  if (field) {
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }
});

// The abstract editor saves as the registrar types. Each field sends the value it showed (base:<item>), so that the
// service merges the edit with what others saved meanwhile; when someone else changed that same item the answer is
// 409 with the checks and the item's value now, which the field then shows.
document.addEventListener('htmx:configRequest', event => {
  const field = event.detail.elt;
  if (field.matches && field.matches('#abstract-editor input[name]')) {
    event.detail.parameters['base:' + field.name] = field.dataset.base ?? '';
  }
});

document.addEventListener('htmx:beforeSwap', event => {
  if (event.detail.xhr.status === 409 && event.detail.requestConfig.elt.closest('#abstract-editor')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

document.addEventListener('htmx:afterSettle', () => {
  document.querySelectorAll('.field-error[data-value]').forEach(error => {
    const field = document.getElementById(error.id.substring('error-'.length));
    if (field) {
      field.dataset.base = error.dataset.value;
      if (error.hasAttribute('data-conflict')) {
        field.value = error.dataset.value;
      }
    }
    error.removeAttribute('data-value');
  });
});
