import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Client navigation only: server code redirects with lib/i18n/redirect and links with lib/i18n/link.
export const { Link, usePathname } = createNavigation(routing);
