import { Route, Routes } from 'react-router-dom';
import { OrderList } from './OrderList';
import { OrderView } from './OrderView';

/** 交办整改: the orders of the jurisdiction (or of one's unit), and one order with its steps. */
export function OrdersTab() {
  return (
    <Routes>
      <Route index element={<OrderList />} />
      <Route path=":orderId" element={<OrderView />} />
    </Routes>
  );
}
