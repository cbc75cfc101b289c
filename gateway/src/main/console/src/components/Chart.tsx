import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export interface Datum {
  name: string;
  value: number;
}

/** A bar or pie chart of named counts; ECharts' aria option also describes it in words for screen readers. */
export function Chart({ kind, data, label, height = 260 }: { kind: 'bar' | 'pie'; data: Datum[]; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption(
      kind === 'pie'
        ? {
            aria: { enabled: true },
            tooltip: { trigger: 'item' },
            legend: { bottom: 0, type: 'scroll' },
            series: [{ type: 'pie', radius: ['35%', '65%'], data, label: { formatter: '{b}: {c}' } }],
          }
        : {
            aria: { enabled: true },
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { interval: 0, rotate: data.length > 4 ? 30 : 0 } },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: '#1456a0' } }],
          },
    );
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kind, data]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

export function toData(counts: Record<string, number> | undefined, label: (key: string) => string = (k) => k): Datum[] {
  return Object.entries(counts ?? {}).map(([key, value]) => ({ name: label(key), value }));
}
