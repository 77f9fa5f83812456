// The web-platform globals src/ may use besides ECMAScript, which Node, browsers and Deno all
// provide: the text decoder and the URL parser. Read only by tsconfig.src.json, which compiles
// src/ without Node's types so that the library stays free of processes, files and threads.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  toString(): string;
}
