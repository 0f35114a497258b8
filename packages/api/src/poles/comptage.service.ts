import { NIVEAU_TERRITORIAL_LABELS, formatNombre } from '@poles-ess/shared';
import DataLoader from 'dataloader';
import { sql } from '../common/sql';
import type { ApiContext } from '../context';
import type { Database } from '../database/database';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import { RegleComptage, type Comptage, type PoleHorsComptage } from './comptage.type';

interface HorsRow {
  niveau: NiveauTerritorial;
  id: string;
  nom: string;
  a_position: boolean;
  // Placed at its territory of action's representative point (precision TERRITOIRE), not at an address or a commune.
  position_territoire: boolean;
  a_commune: boolean;
  a_action: boolean;
  action_libre: string | null;
  action_officielle: string | null;
}

// pole_territoire holds the rule (recompute-pole-territoires): position, else seat commune, else official territory
// of action. A pole missing from it at a level is left out of every count at that level.
export async function listComptages(db: Database, niveaux: readonly NiveauTerritorial[]): Promise<Comptage[]> {
  const rows = await db.query<HorsRow>(
    sql`SELECT n.niveau, p.id, p.nom, p.position IS NOT NULL AS a_position, p.code_commune_siege IS NOT NULL AS a_commune,
          p.precision_position = 'TERRITOIRE' AS position_territoire,
          EXISTS (SELECT 1 FROM pole_territoire_action a WHERE a.pole_id = p.id AND a.niveau IS NOT NULL) AS a_action,
          (SELECT string_agg(a.libelle, ', ') FROM pole_territoire_action a WHERE a.pole_id = p.id AND a.niveau IS NOT NULL) AS action_officielle,
          (SELECT string_agg(a.libelle, ', ') FROM pole_territoire_action a WHERE a.pole_id = p.id AND a.niveau IS NULL) AS action_libre
        FROM unnest(${[...niveaux]}::text[]) AS n(niveau)
        JOIN pole p ON p.supprime_le IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM pole_territoire pt WHERE pt.pole_id = p.id AND pt.niveau = n.niveau)
        ORDER BY n.niveau, p.nom`,
  );
  return niveaux.map((niveau) => {
    const hors = rows.filter((r) => r.niveau === niveau).map((r): PoleHorsComptage => ({ id: r.id, nom: r.nom, raison: raisonHors(r, niveau) }));
    return { regle: RegleComptage.SITUE_OU_RATTACHE, niveau, polesHorsComptage: hors.length, horsComptage: hors, explication: explication(niveau, hors) };
  });
}

function raisonHors(r: HorsRow, niveau: NiveauTerritorial): string {
  if (!r.a_position && !r.a_action) {
    return r.action_libre
      ? `ni position ni territoire d'action officiel, son territoire d'action étant en texte libre : « ${r.action_libre} »`
      : "ni position ni territoire d'action officiel";
  }
  const libelleNiveau = NIVEAU_TERRITORIAL_LABELS[niveau].toLowerCase();
  if (!r.a_position) return `sans position ; son territoire d'action n'est dans aucun territoire de niveau ${libelleNiveau}`;
  // Its point stands for its whole territory of action: it says nothing of the smaller territories it falls in.
  if (r.position_territoire) {
    return `placé au point représentatif de son territoire d'action${r.action_officielle ? ` (« ${r.action_officielle} »)` : ''}, qui n'est dans aucun territoire de niveau ${libelleNiveau}`;
  }
  return `sa position n'est dans aucun territoire de niveau ${libelleNiveau}`;
}

function explication(niveau: NiveauTerritorial, hors: readonly PoleHorsComptage[]): string {
  const regle =
    "Pôles situés ou rattachés : comptés par leur position (adresse ou centre de la commune siège), sinon par leur territoire d'action officiel.";
  if (hors.length === 0) return `${regle} Aucun pôle laissé de côté au niveau ${NIVEAU_TERRITORIAL_LABELS[niveau].toLowerCase()}.`;
  const noms = hors.map((h) => `${h.nom} (${h.raison})`).join(' ; ');
  return `${regle} ${formatNombre(hors.length)} pôle${hors.length > 1 ? 's' : ''} laissé${hors.length > 1 ? 's' : ''} de côté au niveau ${NIVEAU_TERRITORIAL_LABELS[niveau].toLowerCase()} : ${noms}.`;
}

// One statement per request for every level a response's figures count at.
export function comptageLoader(ctx: ApiContext): DataLoader<NiveauTerritorial, Comptage> {
  return ctx.loaders.get('poles.comptage', () => new DataLoader<NiveauTerritorial, Comptage>((niveaux) => listComptages(ctx.db, niveaux)));
}
