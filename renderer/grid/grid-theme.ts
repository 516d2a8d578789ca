// The grid's look: AG Grid's Quartz theme in the app's font and colours.
import { themeQuartz } from 'ag-grid-community';
import { FONT_FAMILY, FONT_PX, MIN_ROW_PX } from './row-heights';

export const gridTheme = themeQuartz.withParams({
  fontFamily: FONT_FAMILY,
  fontSize: FONT_PX,
  headerFontSize: 14,
  headerFontWeight: 700,
  headerBackgroundColor: '#eef2f7',
  wrapperBorderRadius: 0,
  borderColor: '#c9d1dc',
  rowBorder: { color: '#d5dbe3' },
  columnBorder: { color: '#d5dbe3' },
  headerColumnBorder: { color: '#c9d1dc' },
  cellHorizontalPadding: 8,
  rowHeight: MIN_ROW_PX,
  headerHeight: 36,
  accentColor: '#1f6feb',
  selectedRowBackgroundColor: 'transparent',
});
