/**
 * The radar's filter form (`src/components/RadarFilters.astro`): hides the points and
 * table rows that do not match (the points keep their places), hides tables left
 * empty, says how many points are shown, and keeps the choice in the address.
 */
import { readSelection, writeSelection } from '../../lib/filter-url.ts';
import { formatMessage } from '../../lib/i18n.ts';
import { matchesSelection } from '../../lib/radar/filter.ts';

const form = document.querySelector<HTMLElement>('[data-radar-filters]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-radar-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-radar-empty]');
  const selects = [...form.querySelectorAll('select')];
  const update = () => {
    const selection = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement | SVGElement>('[data-radar-item]')) {
      const match = matchesSelection(item.dataset, selection);
      item.toggleAttribute('hidden', !match);
      if (match && item.hasAttribute('data-radar-point')) shown++;
    }
    // A table whose rows are all filtered away goes too, caption and all.
    for (const table of document.querySelectorAll<HTMLElement>('[data-radar-table]')) {
      table.hidden = !table.querySelector('[data-radar-item]:not([hidden])');
    }
    status.textContent = formatMessage(form.dataset.template ?? '', { count: shown, total: form.dataset.total ?? '' });
    if (empty) empty.hidden = shown > 0;
    const query = writeSelection(new URLSearchParams(location.search), selection);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };
  const initial = readSelection(new URLSearchParams(location.search));
  for (const s of selects) if (initial[s.name] && [...s.options].some((o) => o.value === initial[s.name])) s.value = initial[s.name]!;
  // The page shows every point as built; only a choice in the address needs work at load (thousands of points in a large library).
  if (selects.some((s) => s.value)) update();
  form.addEventListener('change', update);
  form.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    update();
  });
}
