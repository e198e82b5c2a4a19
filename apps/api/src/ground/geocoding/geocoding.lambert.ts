/**
 * Belgian Lambert 72 (EPSG:31370, the coordinates of the Flemish address register) to WGS 84
 * latitude and longitude, the coordinates everything else in the product uses: the inverse
 * Lambert conic conformal projection on the International 1924 ellipsoid (datum BD72), then
 * BD72 to WGS 84 with the seven-parameter transformation EPSG:15929 (about a metre off).
 */

const rad = (degrees: number) => (degrees * Math.PI) / 180;
const deg = (radians: number) => (radians * 180) / Math.PI;
const arcSeconds = (seconds: number) => rad(seconds / 3600);

const INTERNATIONAL_1924 = { a: 6378388, f: 1 / 297 };
const WGS84 = { a: 6378137, f: 1 / 298.257223563 };

const PHI1 = rad(49 + 50 / 60 + 0.00204 / 3600);
const PHI2 = rad(51 + 10 / 60 + 0.00204 / 3600);
const LAMBDA0 = rad(4 + 22 / 60 + 2.952 / 3600);
const FALSE_EASTING = 150000.013;
const FALSE_NORTHING = 5400088.438;

const BD72_TO_WGS84 = {
  tx: -106.8686,
  ty: 52.2978,
  tz: -103.7239,
  rx: arcSeconds(0.3366),
  ry: arcSeconds(-0.457),
  rz: arcSeconds(1.8422),
  scale: -1.2747e-6,
};

const e2Of = ({ f }: { f: number }) => 2 * f - f * f;
const E = Math.sqrt(e2Of(INTERNATIONAL_1924));
const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - E * E * Math.sin(phi) ** 2);
const t = (phi: number) =>
  Math.tan(Math.PI / 4 - phi / 2) / ((1 - E * Math.sin(phi)) / (1 + E * Math.sin(phi))) ** (E / 2);
const N = (Math.log(m(PHI1)) - Math.log(m(PHI2))) / (Math.log(t(PHI1)) - Math.log(t(PHI2)));
const F = m(PHI1) / (N * t(PHI1) ** N);

/** Latitude and longitude on BD72 of a Lambert 72 point (the latitude of the false origin is the pole). */
function inverseLambert({ x, y }: { x: number; y: number }): { phi: number; lambda: number } {
  const dx = x - FALSE_EASTING;
  const dy = FALSE_NORTHING - y;
  const rho = Math.sign(N) * Math.sqrt(dx * dx + dy * dy);
  const tPrime = (rho / (INTERNATIONAL_1924.a * F)) ** (1 / N);
  const theta = Math.atan2(dx, dy);
  let phi = Math.PI / 2 - 2 * Math.atan(tPrime);
  for (let i = 0; i < 10; i += 1) {
    const sin = E * Math.sin(phi);
    phi = Math.PI / 2 - 2 * Math.atan(tPrime * ((1 - sin) / (1 + sin)) ** (E / 2));
  }
  return { phi, lambda: theta / N + LAMBDA0 };
}

function toGeocentric({ phi, lambda }: { phi: number; lambda: number }, ellipsoid: { a: number; f: number }) {
  const e2 = e2Of(ellipsoid);
  const nu = ellipsoid.a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  return {
    x: nu * Math.cos(phi) * Math.cos(lambda),
    y: nu * Math.cos(phi) * Math.sin(lambda),
    z: nu * (1 - e2) * Math.sin(phi),
  };
}

function fromGeocentric(
  { x, y, z }: { x: number; y: number; z: number },
  ellipsoid: { a: number; f: number },
) {
  const e2 = e2Of(ellipsoid);
  const p = Math.sqrt(x * x + y * y);
  let phi = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 10; i += 1) {
    const nu = ellipsoid.a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
    phi = Math.atan2(z + e2 * nu * Math.sin(phi), p);
  }
  return { phi, lambda: Math.atan2(y, x) };
}

/**
 * WGS 84 latitude and longitude of a Belgian Lambert 72 point.
 *
 * @example
 * lambert72ToWgs84({ x: 104000, y: 194000 }); // { lat: 51.05433, lon: 3.71268 } (Gent)
 */
export function lambert72ToWgs84({ x, y }: { x: number; y: number }): { lat: number; lon: number } {
  const bd72 = toGeocentric(inverseLambert({ x, y }), INTERNATIONAL_1924);
  const { tx, ty, tz, rx, ry, rz, scale } = BD72_TO_WGS84;
  const s = 1 + scale;
  const wgs84 = fromGeocentric(
    {
      x: tx + s * (bd72.x - rz * bd72.y + ry * bd72.z),
      y: ty + s * (rz * bd72.x + bd72.y - rx * bd72.z),
      z: tz + s * (-ry * bd72.x + rx * bd72.y + bd72.z),
    },
    WGS84,
  );
  return { lat: deg(wgs84.phi), lon: deg(wgs84.lambda) };
}
