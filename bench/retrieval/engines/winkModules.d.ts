// wink-bm25-text-search ships no types; this declares the part of its API the bench uses.
declare module "wink-bm25-text-search" {
  interface Bm25Engine {
    defineConfig(config: {
      fldWeights: Record<string, number>;
      bm25Params?: { k1?: number; b?: number; k?: number };
    }): boolean;
    definePrepTasks(tasks: readonly ((input: string) => string[])[], field?: string): number;
    addDoc(doc: Record<string, string>, uniqueId: string | number): number;
    consolidate(fp?: number): boolean;
    search(text: string, limit?: number): [string, number][];
  }
  const bm25: () => Bm25Engine;
  export default bm25;
}

// wink-nlp-utils ships no types; this declares the preparation functions the bench uses.
declare module "wink-nlp-utils" {
  const utils: {
    readonly string: {
      lowerCase(text: string): string;
      tokenize0(text: string): string[];
    };
    readonly tokens: {
      removeWords(tokens: string[]): string[];
      stem(tokens: string[]): string[];
      propagateNegations(tokens: string[]): string[];
    };
  };
  export default utils;
}
