import { formatNombre, TYPE_POLE_COULEURS } from '@poles-ess/shared';
import type { CaseTypologie, CompteEtude } from './to-typologie-cases';

function Compte({ libelle, compte }: { libelle: string; compte: CompteEtude | null }) {
  return (
    <div>
      <dt>{libelle}</dt>
      <dd>
        {compte ? (
          <>
            <strong>{formatNombre(compte.valeur)}</strong> ({compte.perimetre}
            {compte.note ? ` ; ${compte.note}` : ''})
          </>
        ) : (
          <span className="non-renseigne">non renseigné</span>
        )}
      </dd>
    </div>
  );
}

function Case({ c }: { c: CaseTypologie }) {
  return (
    <li className="typologie-case" data-type={c.type} style={{ borderTopColor: TYPE_POLE_COULEURS[c.type] }}>
      <p className="typologie-fonctions-nombre">{c.multifonction ? 'MULTI fonction' : 'UNE fonction'}</p>
      <p className="typologie-fonctions">
        <em>{c.fonctions}</em>
      </p>
      <h3 className="typologie-libelle">{c.libelle}</h3>
      <dl className="typologie-comptes">
        <Compte libelle="Recensés par l’étude" compte={c.recenses} />
        <Compte libelle="En projet selon l’étude" compte={c.projets} />
        <div>
          <dt>Fiches dans la plateforme</dt>
          <dd>{c.fiches === null ? <span className="non-renseigne">non renseigné</span> : <strong>{formatNombre(c.fiches)}</strong>}</dd>
        </div>
      </dl>
    </li>
  );
}

// The study's « Définition - Typologie » scheme as a tree: the definition, then non physique / physique, then one
// box per type with the study's counts beside the fiches'.
export function TypologieDiagramme({ definition, cases, source }: { definition: string; cases: CaseTypologie[]; source: string }) {
  const branches = [
    { cle: 'non-physique', titre: 'Non physique', cases: cases.filter((c) => !c.physique) },
    { cle: 'physique', titre: 'Physique', cases: cases.filter((c) => c.physique) },
  ];
  return (
    <figure className="typologie" aria-labelledby="typologie-titre">
      <figcaption id="typologie-titre">
        <h2>Définition et typologie</h2>
      </figcaption>
      <p className="typologie-racine">{definition}</p>
      <div className="typologie-branches">
        {branches.map((b) => (
          <section key={b.cle} className={`typologie-branche typologie-${b.cle}`} aria-label={b.titre}>
            <p className="typologie-branche-titre">{b.titre}</p>
            <ul className="typologie-cases">
              {b.cases.map((c) => (
                <Case key={c.type} c={c} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="source-note">
        Schéma et comptes : {source} (recensement : 63 pôles + 12 projets ; les comptes par type portent sur tout le recensement). Fiches :
        les pôles que sert l’API aujourd’hui, de tout statut (39 fiches de l’étude au départ, puis les écritures des éditeurs).
      </p>
    </figure>
  );
}
