import { isPolePhysique } from '@poles-ess/shared';
import type { DocumentJoint, Pole, SourceChamp } from './pole.type';
import type { FonctionPole, PrecisionPosition, StatutPole, TypePole } from './pole.enums';

// Every column of `pole`, aliased to the GraphQL field names; `p` is the pole table.
export const POLE_COLUMNS = `
  p.id, p.slug, p.nom, p.type, p.type_selon_monographie AS "typeSelonMonographie",
  p.note_typologie AS "noteTypologie", p.statut, p.annee_statut AS "anneeStatut", p.fonctions,
  ST_AsGeoJSON(p.position, 6)::json AS position, p.precision_position AS "precisionPosition",
  p.position_derivee AS "positionDerivee", p.adresse, p.code_commune_siege AS "codeCommuneSiege",
  p.contact, p.site_web AS "siteWeb", p.date_creation AS "dateCreation", p.origine, p.adherents,
  p.statut_juridique AS "statutJuridique", p.salaries, p.foncier, p.budget,
  p.domaine_activite AS "domaineActivite", p.reseau, p.taille, p.niveau_structuration AS "niveauStructuration",
  p.objectifs, p.realisations, p.projets, p.points_forts AS "pointsForts", p.points_faibles AS "pointsFaibles",
  p.remarques, p.enjeux, p.documents, p.monographie, p.description_monographie AS "descriptionMonographie",
  p.note, p.source, p.sources, p.supprime_le AS "supprimeLe", p.version, p.cree_le AS "creeLe",
  p.modifie_le AS "modifieLe"`;

export interface PoleRow extends Omit<Pole, 'physique' | 'sources' | 'documents' | 'fonctions'> {
  fonctions: string[] | string;
  sources: Record<string, string> | null;
  documents: DocumentJoint[] | null;
}

// pg returns text[] as an array, but some drivers give the literal '{A,B}'.
function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((item) => item.replace(/^"|"$/g, ''));
}

export function toPole(row: PoleRow): Pole {
  const sources: SourceChamp[] = Object.entries(row.sources ?? {})
    .map(([champ, source]) => ({ champ, source }))
    .sort((a, b) => a.champ.localeCompare(b.champ));
  return {
    ...row,
    type: row.type as TypePole,
    statut: row.statut as StatutPole,
    precisionPosition: row.precisionPosition as PrecisionPosition | null,
    physique: isPolePhysique(row.type as TypePole),
    fonctions: parseTextArray(row.fonctions) as FonctionPole[],
    documents: row.documents ?? [],
    sources,
    taille: row.taille === null ? null : Number(row.taille),
    niveauStructuration: row.niveauStructuration === null ? null : Number(row.niveauStructuration),
  };
}
