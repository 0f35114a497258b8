import { CollisionFilterExtension } from '@deck.gl/extensions';

interface ShaderModuleLike {
  name: string;
  inject?: Record<string, string>;
}

// deck.gl fades a label by how much of a 5×5 pixel square around its anchor it still owns: partly covered
// names were drawn half transparent (« Jura », « Seine-Saint-Denis »). Here a label is either shown or hidden.
const SNAP = /* glsl */ `
  if (collision.enabled) {
    collision_fade = step(0.5, collision_fade);
    if (collision_fade < 0.5) position = vec4(0.0, 0.0, 2.0, 1.0);
  }
`;

function snapModule(module: ShaderModuleLike): ShaderModuleLike {
  const inject = module.inject ?? {};
  return { ...module, inject: { ...inject, 'vs:DECKGL_FILTER_GL_POSITION': `${inject['vs:DECKGL_FILTER_GL_POSITION'] ?? ''}${SNAP}` } };
}

export class SnappedCollisionFilterExtension extends CollisionFilterExtension {
  static override extensionName = 'SnappedCollisionFilterExtension';

  override getShaders(this: never): { modules: ShaderModuleLike[] } {
    const { modules } = CollisionFilterExtension.prototype.getShaders.call(this) as { modules: ShaderModuleLike[] };
    return { modules: modules.map((m) => (m.name === 'collision' ? snapModule(m) : m)) };
  }
}
