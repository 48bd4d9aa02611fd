/**
 * A styled tooltip for the radar's points on hover and keyboard focus
 * (`src/components/RadarChart.astro`); where it goes is `src/lib/radar/tooltip.ts`.
 * The native `<title>` stays the fallback without script.
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
  for (const a of wrap.querySelectorAll<SVGAElement>('[data-radar-point]')) {
    a.querySelector('title')?.remove();
    a.addEventListener('mouseenter', () => show(a));
    a.addEventListener('focus', () => show(a));
    a.addEventListener('mouseleave', hide);
    a.addEventListener('blur', hide);
  }
  wrap.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
}
