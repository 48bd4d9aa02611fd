/**
 * The radar's filters (`src/components/RadarFilters.astro`). The page names at most a
 * few points per cell; a choice loads the radar's index (`radar/index.json`) once,
 * keeps the matching entries and redraws the chart and the tables from them with the
 * build's rule and layout (`placeRadar`): points the built chart names keep their
 * places, a cell with more matches than it names links to the library with the same
 * choice. It says how many entries match, and keeps the choice in the address. With no
 * choice, the chart and tables are the ones the page was built with.
 */
import { readSelection, writeSelection } from '../../lib/filter-url.ts';
import { formatMessage } from '../../lib/i18n.ts';
import { factsMatch } from '../../lib/radar/filter.ts';
import { markPath } from '../../lib/radar/marks.ts';
import { placeRadar, type RadarFacts, type RadarModel, type RadarRow } from '../../lib/radar/model.ts';
import { moreIn, moreText } from '../../lib/radar/cells.ts';
import { movementText, type MovementWords } from '../../lib/radar/movement.ts';
import type { Message } from '../../i18n/types.ts';

type Labels = {
  kind: Record<string, string>;
  kinds: Record<string, string>;
  ring: Record<string, string>;
  movement: Record<string, string>;
  from: Message;
  fromOut: Message;
  moreFiltered: Message;
  moreLink: Message;
};
type LayoutData = { limit: number; ringWidths: [number, number, number, number]; ringLabels: { width: number; height: number }[] };

const SVG = 'http://www.w3.org/2000/svg';
const form = document.querySelector<HTMLElement>('[data-radar-filters]');
const wrap = document.querySelector<HTMLElement>('[data-radar-wrap]');
const group = wrap?.querySelector<SVGGElement>('[data-radar-points]');

if (form && wrap && group) {
  const status = form.querySelector<HTMLElement>('[data-radar-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-radar-empty]');
  const failed = document.querySelector<HTMLElement>('[data-radar-failed]');
  const selects = [...form.querySelectorAll('select')];
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Labels;
  const layoutData = JSON.parse(wrap.dataset.layout ?? '{}') as LayoutData;
  const sectors = [...document.querySelectorAll<HTMLElement>('[data-radar-sector]')];
  // The page as built, restored when the choice is cleared.
  const built = {
    points: [...group.childNodes].map((n) => n.cloneNode(true)),
    sectors: sectors.map((s) => ({ rows: s.querySelector('tbody')!.innerHTML, more: s.querySelector('[data-radar-more-list]')!.innerHTML, moreHidden: s.querySelector<HTMLElement>('[data-radar-more-list]')!.hidden })),
  };
  // Where the built chart put its points: a filtered chart keeps them there where they still fit.
  const pinned = new Map(
    [...group.querySelectorAll<SVGAElement>('[data-radar-point]')].map((a) => {
      const hit = a.querySelector('circle')!;
      return [idOf(a.getAttribute('href')!), { x: Number(hit.getAttribute('cx')), y: Number(hit.getAttribute('cy')) }];
    }),
  );
  let index: Promise<RadarFacts[]> | undefined;
  const load = () => (index ??= fetch(form.dataset.index!).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.json() as Promise<{ entries: RadarFacts[] }>;
  }).then((j) => j.entries));
  // Start loading when the reader reaches for a filter, so the first choice rarely waits; a failure is tried again on the choice.
  form.addEventListener('pointerenter', () => void load().catch(() => (index = undefined)), { once: true });
  form.addEventListener('focusin', () => void load().catch(() => (index = undefined)), { once: true });

  const words: MovementWords = {
    cameIn: (from) => formatMessage(labels.from, { ring: labels.ring[from]! }),
    wentOut: (from) => formatMessage(labels.fromOut, { ring: labels.ring[from]! }),
    plain: (movement) => labels.movement[movement]!,
  };
  const detail = (row: RadarRow) => [labels.kind[row.kind], labels.ring[row.ring], ...(row.movement === 'none' ? [] : [labels.movement[row.movement]])].join(' · ');
  const libraryLink = (kind: string, selection: Record<string, string>) => {
    const query = writeSelection(new URLSearchParams(), { ...selection, kind });
    return `${form.dataset.library}?${query}`;
  };
  const el = <K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, children: Node[] = []) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    node.append(...children);
    return node;
  };

  const drawChart = (model: RadarModel, selection: Record<string, string>) => {
    const points = model.rows.map((row) =>
      el('a', {
        href: `${form.dataset.entry}${row.id}/`, class: 'radar-point', 'aria-label': `${row.title} – ${detail(row).replaceAll(' · ', ', ')}`,
        'data-radar-item': '', 'data-radar-point': '', 'data-tag': row.tags.join(' '), 'data-goal': row.goals.join(' '), 'data-level': row.level,
        'data-title': row.title, 'data-detail': detail(row),
      }, [
        el('circle', { cx: row.x, cy: row.y, r: 12, class: 'radar-hit' }),
        el('path', { d: markPath(row), class: `radar-mark radar-mark-${row.kind}` }),
      ]));
    const more = model.layout.moreLabels.map((b) => {
      const n = moreIn(model.cells.find((c) => c.kind === b.kind && c.ring === b.ring)!, model.limit);
      const text = el('text', { x: b.x + b.width / 2, y: b.y + b.height / 2, 'dominant-baseline': 'central', 'text-anchor': 'middle', class: 'radar-more-text' });
      text.textContent = moreText(n);
      return el('a', {
        href: libraryLink(b.kind, selection), class: 'radar-more', 'data-radar-more': '',
        'aria-label': formatMessage(labels.moreFiltered, { count: n, kind: labels.kinds[b.kind]!, ring: labels.ring[b.ring]! }),
      }, [el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: 12, class: `radar-more-box radar-more-${b.kind}` }), text]);
    });
    group.replaceChildren(...points, ...more);
  };

  const drawTables = (model: RadarModel, selection: Record<string, string>) => {
    for (const sector of sectors) {
      const kind = sector.dataset.radarSector!;
      const rows = model.rows.filter((r) => r.kind === kind);
      sector.hidden = rows.length === 0;
      sector.querySelector('tbody')!.replaceChildren(...rows.map((row) => {
        const tr = document.createElement('tr');
        tr.className = 'border-b border-slate-200 align-top dark:border-slate-800';
        tr.setAttribute('data-radar-item', '');
        const th = document.createElement('th');
        th.scope = 'row';
        th.className = 'py-1.5 pr-2 font-normal';
        const a = document.createElement('a');
        a.href = `${form.dataset.entry}${row.id}/`;
        a.textContent = row.title;
        th.append(a);
        const ring = document.createElement('td');
        ring.className = 'py-1.5 pr-2';
        ring.textContent = labels.ring[row.ring]!;
        const movement = document.createElement('td');
        movement.className = row.movement === 'none' ? 'py-1.5 text-slate-600 dark:text-slate-400' : 'py-1.5';
        movement.textContent = movementText(row, words);
        tr.append(th, ring, movement);
        return tr;
      }));
      const list = sector.querySelector<HTMLElement>('[data-radar-more-list]')!;
      const cells = model.cells.filter((c) => c.kind === kind && moreIn(c, model.limit) > 0);
      list.hidden = cells.length === 0;
      list.replaceChildren(...cells.map((c) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = libraryLink(c.kind, selection);
        a.textContent = formatMessage(labels.moreLink, { ring: labels.ring[c.ring]!, count: c.entries.length });
        li.append(a);
        return li;
      }));
    }
  };

  const restore = () => {
    group.replaceChildren(...built.points.map((n) => n.cloneNode(true)));
    sectors.forEach((s, i) => {
      s.hidden = false;
      s.querySelector('tbody')!.innerHTML = built.sectors[i]!.rows;
      const list = s.querySelector<HTMLElement>('[data-radar-more-list]')!;
      list.innerHTML = built.sectors[i]!.more;
      list.hidden = built.sectors[i]!.moreHidden;
    });
  };

  let drawn = 0;
  const update = async () => {
    const selection = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    const query = writeSelection(new URLSearchParams(location.search), selection);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    const turn = ++drawn;
    let count = Number(form.dataset.total);
    if (failed) failed.hidden = true;
    if (Object.keys(selection).length === 0) restore();
    else {
      let all: RadarFacts[];
      try {
        all = await load();
      } catch {
        index = undefined;
        if (turn !== drawn) return;
        // Without the index the radar stays as built, and says so.
        restore();
        if (failed) failed.hidden = false;
        status.textContent = formatMessage(form.dataset.template ?? '', { count, total: form.dataset.total ?? '' });
        return;
      }
      if (turn !== drawn) return; // a later choice was made while the index loaded
      const facts = all.filter((f) => factsMatch(f, selection));
      const model = placeRadar(facts, { ringWidths: layoutData.ringWidths, ringLabels: layoutData.ringLabels, pinned }, layoutData.limit);
      drawChart(model, selection);
      drawTables(model, selection);
      count = facts.length;
    }
    status.textContent = formatMessage(form.dataset.template ?? '', { count, total: form.dataset.total ?? '' });
    if (empty) empty.hidden = count > 0;
  };
  const initial = readSelection(new URLSearchParams(location.search));
  for (const s of selects) if (initial[s.name] && [...s.options].some((o) => o.value === initial[s.name])) s.value = initial[s.name]!;
  // The page shows the radar as built; only a choice in the address needs work at load.
  if (selects.some((s) => s.value)) void update();
  form.addEventListener('change', () => void update());
  form.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    void update();
  });
}

/** The entry id in a point's link (`/kb/entries/tiktok/` → `tiktok`). */
function idOf(href: string): string {
  return href.split('/').filter(Boolean).at(-1)!;
}
