// TODO: re-export from schemas/ui/StatusBadge once the schema engineer lands it; this stand-in keeps the build going.
export { StatusBadge } from './StatusBadgeStandIn'
