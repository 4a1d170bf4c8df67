/**
 * Okabe–Ito colours: distinguishable with every common form of colour blindness and in greyscale
 * print. Bars also carry their numbers as labels, so no figure is read from colour alone.
 */
export const CHART_COLORS = {
  done: '#009E73',
  open: '#0072B2',
  overdue: '#D55E00',
  due: '#56B4E9',
  neutral: '#999999',
} as const;
