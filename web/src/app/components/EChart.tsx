import { useEffect, useRef, useState } from 'react';
import type { ECElementEvent, EChartsType } from 'echarts/core';
import type { ChartOption } from './echarts';

export type { ChartOption } from './echarts';
export type { ECElementEvent as ChartEvent } from 'echarts/core';

type Props = {
  /** Replaces the previous option whole: pass a memoised one, a new object redraws the chart. */
  option: ChartOption;
  height: number;
  onClick?: (event: ECElementEvent) => void;
  testId?: string;
};

/**
 * An ECharts chart (canvas) as wide as its container. ECharts is loaded with the first chart shown;
 * the chart follows the container's size.
 */
export function EChart({ option, height, onClick, testId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType>();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: EChartsType | undefined;
    let unmounted = false;
    const observer = new ResizeObserver(() => instance?.resize());
    void import('./echarts').then(({ init }) => {
      if (unmounted) return;
      instance = init(element);
      observer.observe(element);
      setChart(instance);
    });
    return () => {
      unmounted = true;
      observer.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  useEffect(() => {
    if (!chart || !onClick) return;
    chart.on('click', onClick);
    return () => {
      chart.off('click', onClick);
    };
  }, [chart, onClick]);

  return <div ref={container} style={{ width: '100%', height }} data-testid={testId} />;
}
