export interface SectionEtude {
  cle: string;
  titre: string;
  lignes: readonly string[];
}

// The study's own words, section by section (quoted, as the API serves them).
export function EtudeSections({ sections, source }: { sections: readonly SectionEtude[]; source: string }) {
  return (
    <section className="etude-sections" aria-labelledby="etude-texte-titre">
      <h2 id="etude-texte-titre">Ce que dit l’étude</h2>
      <div className="etude-sections-grille">
        {sections.map((s) => (
          <article key={s.cle} className="etude-section" id={`etude-${s.cle.toLowerCase()}`}>
            <h3>{s.titre}</h3>
            <ul>
              {s.lignes.map((ligne) => (
                <li key={ligne}>{ligne}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
      <p className="source-note">Texte cité : {source}.</p>
    </section>
  );
}
