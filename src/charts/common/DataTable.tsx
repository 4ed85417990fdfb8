// The data-table view: a real table with caption, column and row headers.
import type { TableModel } from './table';

export function DataTable({ table }: { table: TableModel }) {
  return (
    // Wide tables scroll inside their own box, never the page; focusable so
    // keyboard users can scroll it too.
    <div className="chart-table" tabIndex={0} role="region" aria-label={table.caption}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
