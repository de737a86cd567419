// The bundle written in ASCII only (see bundle.ts).
/** Every non-ASCII code unit written `\uXXXX`; an identity escape of one (`\–`, in a regex without the u flag) becomes the escape alone. */
export function toAscii(source: string, name: string): string {
  const out = source.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes: string, c: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (/[\u0080-\uffff]/.test(out)) throw new Error(`bundle: ${name} still holds a character outside ASCII`);
  return out;
}
