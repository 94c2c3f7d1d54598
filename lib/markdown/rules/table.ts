import type TurndownService from 'turndown';

/**
 * Tables → GFM tables, always: row and column spans are laid out on a grid (the spanned cells
 * left empty), the first row is the header (GFM has exactly one), and cells hold one
 * line (`<br>` between their lines, `|` escaped). One-column tables are layout, not data: their
 * cells come out as paragraphs.
 *
 * Cells are converted by Turndown like any other content; they come back wrapped in private-use
 * markers so the table rule can find each cell's Markdown and place it by the DOM's spans.
 */
const CELL_START = '\uE000';
const CELL_END = '\uE001';
const ROW_END = '\uE002';

interface GridCell {
  text: string;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.nodeName === 'TR') rows.push(child);
    else if (child.nodeName === 'THEAD' || child.nodeName === 'TBODY' || child.nodeName === 'TFOOT') {
      for (const row of Array.from(child.children)) if (row.nodeName === 'TR') rows.push(row);
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH');
}

function span(cell: Element, name: string): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 100) : 1;
}

function cleanCell(markdown: string): string {
  return markdown
    .trim()
    .replace(/\n{2,}/g, '<br>')
    .replace(/\n/g, ' ')
    .replace(/\|/g, '\\|');
}

/** Lays the cells' Markdown on a grid by their spans. */
function layOut(rows: Element[], texts: string[][]): GridCell[][] {
  const grid: GridCell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    cellsOf(row).forEach((cell, i) => {
      while (grid[r]![c]) c++;
      const rowSpan = span(cell, 'rowspan');
      const colSpan = span(cell, 'colspan');
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          grid[r + dr]![c + dc] = { text: dr === 0 && dc === 0 ? texts[r]?.[i] ?? '' : '' };
        }
      }
      c += colSpan;
    });
  });
  return grid;
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableRule(service: TurndownService): void {
  service.addRule('gleanerTableCell', {
    filter: ['th', 'td'],
    replacement: (content) => `${CELL_START}${cleanCell(content)}${CELL_END}`,
  });
  service.addRule('gleanerTableRow', {
    filter: 'tr',
    replacement: (content) => `${content}${ROW_END}`,
  });
  service.addRule('gleanerTableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('gleanerTableCaption', {
    filter: ['caption', 'colgroup', 'col'],
    replacement: () => '',
  });
  service.addRule('gleanerTable', {
    filter: 'table',
    replacement: (content, node) => {
      const table = node as HTMLElement;
      const rows = rowsOf(table);
      const texts = content
        .split(ROW_END)
        .slice(0, rows.length)
        .map((row) => Array.from(row.matchAll(/\uE000([\s\S]*?)\uE001/g), (match) => match[1]!));
      const grid = layOut(rows, texts).filter((row) => row.some((cell) => cell?.text));
      const caption = table.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
      const captionLine = caption ? `${caption}\n\n` : '';
      const width = Math.max(0, ...grid.map((row) => row.length));
      if (grid.length === 0 || width === 0) return '';
      if (width === 1) {
        const paragraphs = grid.map((row) => row[0]?.text.replace(/<br>/g, '\n\n').replace(/\\\|/g, '|') ?? '');
        return `\n\n${captionLine}${paragraphs.filter(Boolean).join('\n\n')}\n\n`;
      }
      const cells = grid.map((row) => Array.from({ length: width }, (_, c) => row[c]?.text || ' '));
      // GFM has one header line: the first row (the <thead> row when there is one); further
      // header rows read as data.
      const lines = [line(cells[0]!), line(Array.from({ length: width }, () => '---')), ...cells.slice(1).map(line)];
      return `\n\n${captionLine}${lines.join('\n')}\n\n`;
    },
  });
}
