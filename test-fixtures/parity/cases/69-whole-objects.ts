// All of process.env and a handler's whole request carry credentials; a fetch response's headers do not.
export function handle(req: Request, res: { end(): void }) {
  console.log('incoming', req); // expect: no-logged-credential high
  console.log('incoming', req.url);
  res.end();
}
console.log(process.env); // expect: no-logged-credential high
export async function probe(url: string) {
  const response = await fetch(url);
  console.log(response.headers);
}
document.addEventListener('click', (event) => console.log(event));
