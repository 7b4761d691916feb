// The parts of ECharts the app draws with, registered once. Only EChart imports this, on demand, so
// pages without a chart never download ECharts.
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, GraphSeriesOption, LineSeriesOption } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { init } from 'echarts/core';

/** What a chart of the app may be given: its series kinds and components, type-checked. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | GraphSeriesOption
  | LineSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;
