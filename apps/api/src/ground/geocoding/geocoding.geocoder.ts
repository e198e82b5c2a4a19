import type { Config } from '../config/config';
import { createBasisregistersGeocoder } from './geocoding.basisregisters';
import { createOfflineGeocoder } from './geocoding.offline';
import type { Geocoder } from './geocoding.types';

const built = new WeakMap<Config['geocoding'], Geocoder>();

/** The geocoder the deployment chose (`GEOCODER`), built once per configuration. */
export function geocoderFor({ config }: { config: Pick<Config, 'geocoding'> }): Geocoder {
  const settings = config.geocoding;
  let geocoder = built.get(settings);
  if (!geocoder) {
    geocoder =
      settings.source === 'basisregisters'
        ? createBasisregistersGeocoder({ baseUrl: settings.url, timeoutMs: settings.timeoutMs })
        : createOfflineGeocoder();
    built.set(settings, geocoder);
  }
  return geocoder;
}
