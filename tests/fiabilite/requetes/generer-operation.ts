import { indexer, nomme, type Champ, type InputValue, type Schema, type TypeComplet, type TypeRef } from './schema-introspecte';
import { Hasard, valeurScalaire } from './valeurs-hostiles';

// Where a run aims: `mutations` is the share of mutations; `ecritures` the share of pole data made valid but for
// one field and of ids taken from `ids` (existing poles), so that mutations reach the writes.
export interface Visee {
  mutations: number;
  ecritures: number;
  ids: readonly string[];
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

// Territory levels of tens of thousands of items (every commune's coverage takes seconds): drawn rarely, so that the
// run tests the handling of what a client sends rather than the time of the largest answers (bounded elsewhere).
const NIVEAUX_RARES = new Set(['COMMUNE', 'EPCI']);

const imprimerType = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${imprimerType(type.ofType!)}!` : type.kind === 'LIST' ? `[${imprimerType(type.ofType!)}]` : type.name!;

// A GraphQL literal of any JSON value (enum values are passed as { enum: NAME }).
function litteral(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return 'null';
  if (typeof valeur === 'string') return JSON.stringify(valeur);
  if (typeof valeur === 'number' || typeof valeur === 'boolean') return String(valeur);
  if (Array.isArray(valeur)) return `[${valeur.map(litteral).join(', ')}]`;
  const objet = valeur as Record<string, unknown>;
  if (typeof objet.enum === 'string' && Object.keys(objet).length === 1) return objet.enum;
  return `{ ${Object.entries(objet).map(([cle, v]) => `${cle}: ${litteral(v)}`).join(', ')} }`;
}

// In variables an enum value is its name.
function enJson(valeur: unknown): unknown {
  if (Array.isArray(valeur)) return valeur.map(enJson);
  if (valeur && typeof valeur === 'object') {
    const objet = valeur as Record<string, unknown>;
    if (typeof objet.enum === 'string' && Object.keys(objet).length === 1) return objet.enum;
    return Object.fromEntries(Object.entries(objet).map(([cle, v]) => [cle, enJson(v)]));
  }
  return valeur;
}

export class GenerateurOperations {
  private readonly types: Map<string, TypeComplet>;

  private compteur = 0;

  constructor(
    private readonly schema: Schema,
    private readonly hasard: Hasard,
    private readonly visee: Visee,
  ) {
    this.types = indexer(schema);
  }

  operation(): Operation {
    const mutation = this.schema.mutationType !== null && this.hasard.chance(this.visee.mutations);
    const racine = this.types.get(mutation ? this.schema.mutationType!.name : this.schema.queryType.name)!;
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const nombre = this.hasard.chance(0.85) ? 1 : 2 + this.hasard.entier(3);
    const champs = Array.from({ length: nombre }, (_, i) => {
      const champ = this.hasard.choisir(racine.fields!);
      const args = this.arguments(champ.args, (arg, valeur) => {
        const nom = `v${definitions.length}`;
        const type = this.hasard.chance(0.05) ? 'String' : imprimerType(arg.type);
        definitions.push(`$${nom}: ${type}`);
        if (valeur !== undefined) variables[nom] = enJson(valeur);
        return `$${nom}`;
      });
      return `${nombre > 1 ? `a${i}: ` : ''}${champ.name}${args}${this.selection(champ.type, 0)}`;
    });
    const entete = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    return { query: `${mutation ? 'mutation' : 'query'} Fuzz${entete} { ${champs.join(' ')} }`, variables, mutation };
  }

  // `(a: …, b: $v1)`: each argument inline or as a variable, sometimes left out, sometimes one that does not exist.
  private arguments(args: InputValue[], variable?: (arg: InputValue, valeur: unknown) => string): string {
    const parts: string[] = [];
    for (const arg of args) {
      const requis = arg.type.kind === 'NON_NULL' && arg.defaultValue === null;
      if (!this.hasard.chance(requis ? 0.95 : 0.5)) continue;
      const valeur = this.valeur(arg.type, 0);
      parts.push(`${arg.name}: ${variable && this.hasard.chance(0.5) ? variable(arg, this.hasard.chance(0.05) ? undefined : valeur) : litteral(valeur)}`);
    }
    if (this.hasard.chance(0.02)) parts.push('inexistant: 1');
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  private valeur(type: TypeRef, profondeur: number): unknown {
    if (type.kind === 'NON_NULL') return this.hasard.chance(0.05) ? null : this.valeur(type.ofType!, profondeur);
    if (this.hasard.chance(0.04)) return null;
    if (type.kind === 'LIST') {
      const longueur = this.hasard.choisir([0, 1, 1, 2, 3, profondeur === 0 ? 300 : 2]);
      return Array.from({ length: longueur }, () => this.valeur(type.ofType!, profondeur + 1));
    }
    const complet = this.types.get(type.name!)!;
    if (complet.kind === 'ENUM') {
      if (this.hasard.chance(0.1)) return this.hasard.choisir([{ enum: 'PEPINIERE' }, 'REGION', 3]);
      const valeurs = complet.enumValues!.map((v) => v.name);
      const courantes = valeurs.filter((v) => !NIVEAUX_RARES.has(v));
      return { enum: this.hasard.choisir(this.hasard.chance(0.03) || courantes.length === 0 ? valeurs : courantes) };
    }
    if (complet.kind === 'INPUT_OBJECT') {
      if (profondeur > 3 || this.hasard.chance(0.03)) return this.hasard.choisir(['texte', 12, []]);
      if (complet.name === 'DonneesPoleInput' && this.hasard.chance(this.visee.ecritures)) return this.donneesPresqueValides(complet);
      const objet: Record<string, unknown> = {};
      for (const champ of complet.inputFields!) {
        const requis = champ.type.kind === 'NON_NULL' && champ.defaultValue === null;
        if (this.hasard.chance(requis ? 0.92 : 0.45)) objet[champ.name] = this.valeur(champ.type, profondeur + 1);
      }
      if (this.hasard.chance(0.03)) objet.champInconnu = 'x';
      return objet;
    }
    if (complet.name === 'ID' && this.visee.ids.length > 0 && this.hasard.chance(this.visee.ecritures)) return this.hasard.choisir(this.visee.ids);
    return valeurScalaire(this.hasard, complet.name);
  }

  // A pole's data that passes validation but for at most one hostile field: creations and edits reach the writes.
  private donneesPresqueValides(type: TypeComplet): Record<string, unknown> {
    this.compteur += 1;
    const donnees: Record<string, unknown> = { nom: `Pôle fuzz ${this.compteur} ${this.hasard.entier(1e6)}`, type: { enum: 'ESPACE_HEBERGEMENT' } };
    if (this.hasard.chance(0.7)) {
      const champ = this.hasard.choisir(type.inputFields!);
      donnees[champ.name] = this.valeur(champ.type, 1);
    }
    return donnees;
  }

  // A few fields of the type, with their arguments, a few levels deep.
  private selection(type: TypeRef, profondeur: number): string {
    const complet = this.types.get(nomme(type).name!)!;
    if (complet.kind !== 'OBJECT' || !complet.fields) return '';
    if (profondeur >= 4) return ' { __typename }';
    const nombre = 1 + this.hasard.entier(profondeur === 0 ? 5 : 3);
    const champs = new Map<string, Champ>();
    for (let i = 0; i < nombre; i += 1) {
      const champ = this.hasard.choisir(complet.fields);
      champs.set(champ.name, champ);
    }
    const parties = [...champs.values()].map((champ) => `${champ.name}${this.arguments(champ.args)}${this.selection(champ.type, profondeur + 1)}`);
    return ` { ${parties.join(' ')} }`;
  }
}
