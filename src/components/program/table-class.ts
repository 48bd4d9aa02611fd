/** One look for every table on /program/ (Tailwind reads the class names from this file). */
export const TABLE =
  'program-table w-full border-collapse text-left text-sm tabular-nums ' +
  '[&_caption]:px-3 [&_caption]:py-2 [&_caption]:text-left [&_caption]:font-semibold ' +
  '[&_th]:px-3 [&_th]:py-2 [&_th]:align-bottom [&_th]:font-semibold [&_td]:px-3 [&_td]:py-2 ' +
  '[&_thead_th]:border-b [&_thead_th]:border-slate-300 dark:[&_thead_th]:border-slate-700 ' +
  '[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 dark:[&_tbody_tr]:border-slate-800';
