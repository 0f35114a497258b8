import { limiteDepassee } from './limites-requete';

interface Reecrite {
  message: string;
  extensions: Record<string, unknown>;
}

const bad = (champ: string, message: string): Reecrite => ({ message, extensions: { code: 'BAD_USER_INPUT', champ } });

// graphql-js and graphql-jit report a client's wrong value with an English message and, in graphql-jit's case, no
// code: these become BAD_USER_INPUT naming the variable or argument (`extensions.champ`).
const MOTIFS: [RegExp, (m: RegExpExecArray) => Reecrite][] = [
  [/^Variable "\$(\w+)" got invalid value (.*?); (.*)$/s, (m) => bad(m[1]!, `Valeur invalide pour la variable $${m[1]} : ${m[3]}`)],
  [/^Variable "\$(\w+)" has invalid value (.*)$/s, (m) => bad(m[1]!, `Valeur invalide pour la variable $${m[1]} : ${m[2]}`)],
  [/^Variable "\$(\w+)" of required type "(.+?)" was not provided\.$/, (m) => bad(m[1]!, `Variable $${m[1]} obligatoire (${m[2]}) absente.`)],
  [/^Variable "\$(\w+)" of non-null type "(.+?)" must not be null\.$/, (m) => bad(m[1]!, `La variable $${m[1]} (${m[2]}) ne peut pas être null.`)],
  [/^Argument "(\w+)" of non-null type "(.+?)" must not be null\.$/, (m) => bad(m[1]!, `L’argument ${m[1]} (${m[2]}) ne peut pas être null.`)],
  [/^Argument "(\w+)" of required type "(.+?)" was provided the variable "\$(\w+)" which was not provided a runtime value\.$/, (m) =>
    bad(m[1]!, `L’argument ${m[1]} (${m[2]}) attend une valeur : la variable $${m[3]} n’en a pas.`)],
  [/^Argument "(\w+)" has invalid value (.*)$/s, (m) => bad(m[1]!, `Valeur invalide pour l’argument ${m[1]} : ${m[2]}`)],
  [/^Syntax Error: Document contains more th(?:at|an) \d+ tokens/, () => {
    const { message, extensions } = limiteDepassee('jetons', Number.POSITIVE_INFINITY);
    const { http: _http, ...visibles } = extensions;
    return { message, extensions: visibles };
  }],
];

export function erreurSaisie(message: string, code: unknown): Reecrite | null {
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR' && code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_PARSE_FAILED') return null;
  for (const [motif, reecrire] of MOTIFS) {
    const m = motif.exec(message);
    if (m) return reecrire(m);
  }
  return null;
}
