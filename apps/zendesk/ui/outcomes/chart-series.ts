/** Which columns a weekly chart draws: decided once in shared/outcomes for both hosts. */
export {
  cellNumber,
  chartSeries,
  type ChartSeries,
} from '../../../../shared/outcomes/chart-series';
