/** The stand-alone host page of `<poverty-map>` (poverty-map.html): a legend from the element's choropleth and a line for the selected commune. */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import type { QuickMap } from './quick-map';
import './define-map';
import { legendRows } from '../classify/legend-rows';

const map = document.querySelector('poverty-map') as unknown as QuickMap;
const legend = document.querySelector<HTMLUListElement>('.legend')!;
const output = document.querySelector<HTMLOutputElement>('output')!;

function drawLegend(): void {
  const { legend: model, metric } = map.choropleth;
  legend.replaceChildren(
    ...legendRows(model, metric.unit, 'en', metric.decimals).map((row) => {
      const item = document.createElement('li');
      const swatch = document.createElement('i');
      swatch.style.background = row.color;
      item.append(swatch, `${row.range} (${row.countText})`);
      return item;
    }),
  );
}

map.addEventListener('map-ready', drawLegend);
map.addEventListener('commune-select', (e) => {
  map.selected = e.detail.gsoCode;
  const name = map.planDataset.communes.find((f) => f.properties.gso_code === e.detail.gsoCode)?.properties.full_name;
  output.textContent = e.detail.gsoCode ? `Selected: ${name ?? e.detail.gsoCode}` : '';
});
