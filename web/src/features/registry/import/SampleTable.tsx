import { Table } from 'antd';
import type { TableColumnsType } from 'antd';

type Row = { index: number; cells: string[] };

/** The file's first rows under its own headers, so the mapping can be checked by eye. */
export function SampleTable({ headers, sample }: { headers: string[]; sample: string[][] }) {
  // By position: a ledger may repeat a header.
  const columns: TableColumnsType<Row> = headers.map((header, column) => ({
    key: column,
    title: header,
    render: (_, row) => row.cells[column] ?? '',
  }));
  return (
    <Table<Row>
      rowKey="index"
      size="small"
      dataSource={sample.map((cells, index) => ({ index, cells }))}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
