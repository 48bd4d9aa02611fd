/**
 * The library page's filters (`src/components/LibraryPage.astro`). The page holds one
 * page of cards; a choice loads the library's index once (`entries/index.json`),
 * filters every entry with `matchesFacets`, draws the first page of matches from the
 * card parts the page carries and offers more on request. The address keeps the
 * choice (?kind=app&tag=…, back and forward work), the counts say where each choice
 * leads, and the number found is announced. With no choice the page's own cards and
 * pager are back.
 */
import { FACETS, type Facet, type FacetSelection } from '../../lib/entries.ts';
import { readSelection, writeSelection } from '../../lib/filter-url.ts';
import { formatDate, formatMessage } from '../../lib/i18n.ts';
import { liveCounts, matchesFacets, type IndexEntry, type LibraryIndex } from '../../lib/library-index.ts';
import { showActiveFilters } from '../filter-disclosure.ts';
import type { Message } from '../../i18n/types.ts';

const root = document.querySelector<HTMLElement>('[data-library]');
const filters = document.querySelector<HTMLElement>('[data-entry-filters]');
if (root && filters) start(root, filters);

function start(root: HTMLElement, filters: HTMLElement) {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const list = $('[data-library-list] ul');
  const counter = $('[data-filter-count]');
  const status = $('[data-filter-status]');
  const empty = $('[data-filter-empty]');
  const failed = $('[data-filter-failed]');
  const more = $<HTMLButtonElement>('[data-library-more]');
  const pager = root.querySelector<HTMLElement>('[data-library-pager]');
  const d = root.dataset;
  const pageSize = Number(d.pageSize);
  const countMessage = JSON.parse(d.countMessage ?? '""') as Message;
  const serverCards = [...list.children];
  const serverCount = counter.textContent ?? '';
  const home = location.pathname;
  const staticCounts = new Map([...filters.querySelectorAll<HTMLElement>('[data-count]')].map((el) => [el, el.textContent ?? '']));
  // A card of this page, emptied and filled per entry: the same markup as the server's.
  const skeleton = serverCards[0]?.cloneNode(true) as HTMLElement | undefined;
  const part = (name: string) => root.querySelector<HTMLTemplateElement>(`template[data-card-part="${name}"]`)?.content.cloneNode(true) ?? document.createTextNode('');

  let index: Promise<LibraryIndex> | undefined;
  const load = () => (index ??= fetch(d.index!).then((r) => {
    if (!r.ok) throw new Error(`${d.index}: HTTP ${r.status}`);
    return r.json() as Promise<LibraryIndex>;
  }));
  let matches: IndexEntry[] = [];
  let shown = 0;
  let names: Record<string, string> = {};

  function card(entry: IndexEntry): HTMLElement {
    const li = skeleton!.cloneNode(true) as HTMLElement;
    const article = li.firstElementChild!;
    const [badges, heading, summary, byline] = [...article.children] as HTMLElement[];
    const other = entry.lang !== d.locale ? entry.lang : undefined;
    badges!.replaceChildren(part(`kind-${entry.kind}`), part(`level-${entry.level}`), part(`ring-${entry.ring}`), ...(other ? [part(`lang-${other}`)] : []));
    for (const el of [heading!, summary!]) {
      if (other) el.setAttribute('lang', other);
      else el.removeAttribute('lang');
    }
    const link = heading!.querySelector('a')!;
    link.href = `${d.entryBase}${entry.id}/`;
    link.textContent = entry.title;
    summary!.textContent = entry.summary;
    const time = byline!.querySelector('time')!;
    time.dateTime = entry.published;
    time.textContent = formatDate(new Date(`${entry.published}T00:00:00Z`), d.dateFormat!, 'short');
    byline!.querySelector('span')!.textContent = entry.mentors.map((id) => names[id] ?? id).join(', ');
    return li;
  }

  function showMore(focus: boolean) {
    const next = matches.slice(shown, shown + pageSize).map(card);
    list.append(...next);
    shown += next.length;
    more.hidden = shown >= matches.length;
    if (focus) next[0]?.querySelector('a')?.focus();
  }

  function mark(selection: FacetSelection) {
    for (const group of filters.querySelectorAll<HTMLElement>('[data-facet]')) {
      const chosen = selection[group.dataset.facet as Facet] ?? '';
      for (const a of group.querySelectorAll<HTMLElement>('a[data-value]')) {
        if (a.dataset.value === chosen) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    }
    showActiveFilters(filters.closest('details'), Object.keys(selection).length);
  }

  async function apply(selection: FacetSelection) {
    mark(selection);
    failed.hidden = true;
    if (Object.keys(selection).length === 0) {
      list.replaceChildren(...serverCards);
      for (const [el, text] of staticCounts) el.textContent = text;
      counter.textContent = serverCount;
      status.textContent = formatMessage(countMessage, { count: Number(d.total) });
      empty.hidden = true;
      more.hidden = true;
      if (pager) pager.hidden = false;
      return;
    }
    let data: LibraryIndex;
    try {
      data = await load();
    } catch {
      index = undefined;
      failed.hidden = false;
      return;
    }
    names = data.mentors;
    matches = data.entries.filter((e) => matchesFacets(e, selection));
    const counts = liveCounts(data.entries, selection);
    for (const group of filters.querySelectorAll<HTMLElement>('[data-facet]')) {
      const facet = group.dataset.facet as Facet;
      for (const a of group.querySelectorAll<HTMLElement>('a[data-value]')) {
        const el = a.querySelector('[data-count]');
        if (el) el.textContent = String(counts[facet].get(a.dataset.value!) ?? 0);
      }
    }
    const text = formatMessage(countMessage, { count: matches.length });
    counter.textContent = text;
    status.textContent = text;
    empty.hidden = matches.length > 0;
    if (pager) pager.hidden = true;
    list.replaceChildren();
    shown = 0;
    if (skeleton) showMore(false);
  }

  const current = () => readSelection(new URLSearchParams(location.search)) as FacetSelection;

  filters.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-value], a[data-filter-reset]');
    if (!a || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const facet = a.closest<HTMLElement>('[data-facet]')?.dataset.facet as Facet | undefined;
    const selection: FacetSelection = facet ? { ...current(), [facet]: a.dataset.value || undefined } : {};
    for (const f of FACETS) if (!selection[f]) delete selection[f];
    const query = writeSelection(new URLSearchParams(location.search), selection);
    // A choice filters the whole library (its address is the library's); none brings back this page.
    history.pushState(null, '', query ? `${d.entryBase}?${query}` : home);
    void apply(selection);
  });
  // Start loading the index as soon as a choice is likely, so the first one is quick.
  filters.addEventListener('pointerover', () => void load().catch(() => (index = undefined)), { once: true });
  filters.addEventListener('focusin', () => void load().catch(() => (index = undefined)), { once: true });
  more.addEventListener('click', () => showMore(true));
  window.addEventListener('popstate', () => void apply(current()));

  const initial = current();
  if (Object.keys(initial).length > 0) void apply(initial);
  else status.textContent = '';
}
