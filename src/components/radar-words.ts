/** The radar's movement words in a UI's language, for `movementText` (`src/lib/radar/movement.ts`). */
import type { MovementWords } from '../lib/radar/movement.ts';
import type { UI } from '../ui.ts';

export function movementWords({ t }: Pick<UI, 't'>): MovementWords {
  return {
    cameIn: (from) => t('radar.movement.from', { ring: t(`ring.${from}`) }),
    wentOut: (from) => t('radar.movement.fromOut', { ring: t(`ring.${from}`) }),
    plain: (movement) => t(`radar.movement.${movement}`),
  };
}
