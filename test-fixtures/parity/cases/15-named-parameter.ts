// A parameter named for a credential: judged by its name, so medium.
export function connect(apiKey: string) {
  console.log('connecting with', apiKey); // expect: no-logged-credential medium
}
