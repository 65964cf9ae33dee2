/**
 * The administration family: users, groups, work periods, photos and passwords
 * (admin-users.ts), sites (admin-sites.ts), and server settings, the log, reports and
 * the blacklist (admin-server.ts).
 */

import { siteAdminHandlers } from './admin-sites.js';
import { installLogEvents, serverAdminHandlers } from './admin-server.js';
import { userAdminHandlers } from './admin-users.js';
import type { HandlerFamily } from './registry.js';

export const adminFamily: HandlerFamily = {
  name: 'administration',
  handlers: { ...userAdminHandlers, ...siteAdminHandlers, ...serverAdminHandlers },
  install: installLogEvents,
};
