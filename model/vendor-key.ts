/**
 * The one key vendors and providers are compared by: a service's vendor, a place's provider, a
 * copy's vendor and a `planb simulate --fail` word all meet here, so "Yandex Cloud", "yandex cloud "
 * and "Yandex  Cloud" are one provider wherever the blueprint writes them.
 */
export function vendorKey(vendor: string): string {
  return vendor.trim().toLowerCase().replace(/\s+/g, ' ');
}
