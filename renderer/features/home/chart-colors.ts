/**
 * Okabe–Ito colours: distinguishable with every common form of colour blindness and in greyscale
 * print. Bars also carry their numbers as labels, so no figure is read from colour alone. The
 * printed charts (laporan semester) use the same ones.
 */
export { CHART_COLORS } from '../../../shared/documents/charts';
