// At most `places` holders at once; the others wait in arrival order.
export class Semaphore {
  private readonly attente: (() => void)[] = [];

  constructor(private places: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.places > 0) this.places -= 1;
    else await new Promise<void>((resolve) => this.attente.push(resolve));
    try {
      return await work();
    } finally {
      const suivant = this.attente.shift();
      if (suivant) suivant();
      else this.places += 1;
    }
  }
}
