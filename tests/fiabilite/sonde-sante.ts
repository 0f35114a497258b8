// Asks `sante` every 100 ms until stopped: its answer times while something else loads the server.
export interface MesuresSante {
  mesures: number;
  echecs: number;
  medianeMs: number;
  maxMs: number;
}

export function sonderSante(baseUrl: string): { arreter(): Promise<MesuresSante> } {
  let fini = false;
  let echecs = 0;
  const durees: number[] = [];
  const boucle = (async () => {
    while (!fini) {
      const debut = Date.now();
      const reponse = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sante { statut } }' }),
      }).catch(() => null);
      const ok = reponse?.ok && ((await reponse.json()) as { data?: { sante?: { statut?: string } } }).data?.sante?.statut === 'ok';
      durees.push(Date.now() - debut);
      if (!ok) echecs += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async arreter() {
      fini = true;
      await boucle;
      const tries = [...durees].sort((a, b) => a - b);
      return { mesures: tries.length, echecs, medianeMs: tries[Math.floor(tries.length / 2)] ?? 0, maxMs: tries[tries.length - 1] ?? 0 };
    },
  };
}
