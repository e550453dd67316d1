import { ordersToken } from '../lib/orders';

// A Pages Router page: the component runs in the browser; getServerSideProps and what only it uses do not.
async function fetchOrders() {
  const res = await fetch('https://orders.example.com', { headers: { authorization: process.env.ORDERS_API_SECRET ?? '' } }); // ok: a helper only getServerSideProps calls
  return (await res.json()) as { id: string }[];
}

export async function getServerSideProps() {
  const orders = await fetchOrders();
  return { props: { count: orders.length, signed: Boolean(ordersToken ?? process.env.ORDERS_SIGNING_KEY) } }; // ok: server-side only
}

export default function Orders({ count }: { count: number }) {
  const key = process.env.ORDERS_SIGNING_KEY; // leak: the component is browser code
  return <p data-signed={key ? 'yes' : 'no'}>{count} orders</p>;
}
