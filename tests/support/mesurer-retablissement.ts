// A fault under load (connections killed, the database restarted): clients send requests in a loop, the fault is
// caused once they are served, and the loop stops once requests have succeeded again for `stabiliteMs` (or after
// `maxMs`). Recovery is the time from the fault to the end of the first request served after the last failure.
export interface Retablissement<T> {
  servies: number;
  echecs: number;
  // null: requests still failed at the end of the loop.
  retablissementMs: number | null;
  // What the fault itself returned (e.g. how many connections it killed) and how long it took.
  panne: T;
  panneMs: number;
  secondes: number;
  // The first distinct failures, to tell what a client got.
  erreurs: string[];
}

export interface OptionsRetablissement<T> {
  clients: number;
  // One request of client `client`, its `n`-th: resolves when served, throws (with what the client got) otherwise.
  requete(client: number, n: number): Promise<void>;
  panne(): Promise<T>;
  // Requests served before the fault (the pools are warm).
  echauffement?: number;
  stabiliteMs?: number;
  maxMs?: number;
}

interface Mesure {
  debut: number;
  fin: number;
  ok: boolean;
}

export async function mesurerRetablissement<T>(options: OptionsRetablissement<T>): Promise<Retablissement<T>> {
  const { clients, echauffement = 20, stabiliteMs = 3000, maxMs = 30000 } = options;
  const mesures: Mesure[] = [];
  const erreurs: string[] = [];
  const debut = Date.now();
  let panneA: number | null = null;
  let panneFinie: number | null = null;
  let derniereErreur = 0;
  let fini = false;
  let servies = 0;
  let pret: () => void = () => undefined;
  const echauffe = new Promise<void>((resolve) => (pret = resolve));

  const client = async (c: number) => {
    for (let n = 0; !fini; n += 1) {
      const mesure: Mesure = { debut: Date.now(), fin: 0, ok: true };
      try {
        await options.requete(c, n);
      } catch (erreur) {
        mesure.ok = false;
        const texte = erreur instanceof Error ? erreur.message : String(erreur);
        if (erreurs.length < 5 && !erreurs.includes(texte)) erreurs.push(texte);
      }
      mesure.fin = Date.now();
      mesures.push(mesure);
      if (mesure.ok) servies += 1;
      else derniereErreur = mesure.fin;
      if (servies >= echauffement) pret();
      // Not enough requests served before the fault: the loop stops, the fault is not caused.
      if (panneA === null && mesure.fin - debut >= maxMs) {
        fini = true;
        pret();
      }
      if (panneA !== null && (mesure.fin - panneA >= maxMs || (panneFinie !== null && mesure.fin - Math.max(panneFinie, derniereErreur) >= stabiliteMs))) fini = true;
      // A failure the client cannot wait on (a refused connection) must not spin: the next try comes 50 ms later.
      if (!mesure.ok) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const boucle = Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const controle = (async () => {
    await echauffe;
    if (servies < echauffement) throw new Error(`${servies} requête(s) servie(s) en ${maxMs} ms avant la panne : ${erreurs.join(' | ')}`);
    panneA = Date.now();
    try {
      return await options.panne();
    } catch (erreur) {
      fini = true;
      throw erreur;
    } finally {
      panneFinie = Date.now();
    }
  })();
  const [, panne] = await Promise.all([boucle, controle]);
  const depuis = panneA!;
  const panneMs = panneFinie! - depuis;
  const echecsApres = mesures.filter((m) => !m.ok && m.fin >= depuis);
  let retablissementMs: number | null = 0;
  if (echecsApres.length > 0) {
    const derniere = Math.max(...echecsApres.map((m) => m.fin));
    const suivante = mesures.filter((m) => m.ok && m.debut >= derniere).sort((a, b) => a.fin - b.fin)[0];
    retablissementMs = suivante ? suivante.fin - depuis : null;
  }
  return {
    servies,
    echecs: mesures.length - servies,
    retablissementMs,
    panne,
    panneMs,
    secondes: Math.round((Date.now() - debut) / 100) / 10,
    erreurs,
  };
}
