/**
 * A styled tooltip for the radar's points on hover and keyboard focus
 * (`src/components/RadarChart.astro`); where it goes is `src/lib/radar/tooltip.ts`.
 */
import { tipPosition } from '../../lib/radar/tooltip.ts';

for (const wrap of document.querySelectorAll<HTMLElement>('[data-radar-wrap]')) {
  const tip = wrap.querySelector<HTMLElement>('[data-radar-tip]')!;
  const show = (a: SVGAElement) => {
    tip.querySelector('[data-tip-title]')!.textContent = a.dataset.title ?? '';
    tip.querySelector('[data-tip-detail]')!.textContent = a.dataset.detail ?? '';
    tip.hidden = false;
    const frame = wrap.getBoundingClientRect();
    const { left, top } = tipPosition({
      point: a.querySelector('.radar-hit')!.getBoundingClientRect(),
      frame: { left: frame.left, top: frame.top, scrollLeft: wrap.scrollLeft, scrollWidth: wrap.scrollWidth },
      tip: { width: tip.offsetWidth, height: tip.offsetHeight },
    });
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const hide = () => { tip.hidden = true; };
  // One listener for all points, not four per point: a large library has thousands of them.
  const pointOf = (e: Event) => (e.target as Element).closest?.<SVGAElement>('[data-radar-point]') ?? null;
  const enter = (e: Event) => {
    const a = pointOf(e);
    if (!a) return;
    show(a);
  };
  const leave = (e: Event) => {
    const a = pointOf(e);
    const to = (e as MouseEvent | FocusEvent).relatedTarget as Element | null;
    if (a && !a.contains(to)) hide();
  };
  wrap.addEventListener('mouseover', enter);
  wrap.addEventListener('focusin', enter);
  wrap.addEventListener('mouseout', leave);
  wrap.addEventListener('focusout', leave);
  wrap.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
}
