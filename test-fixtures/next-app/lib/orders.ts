// Read by getServerSideProps only: Next.js removes that import from the page's browser bundle.
export const ordersToken = process.env.ORDERS_API_TOKEN; // ok: only getServerSideProps imports this module
