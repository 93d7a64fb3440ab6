import * as migration_20261125_123729_initial from './20261125_123729_initial';
import * as migration_20261125_125345_content_model from './20261125_125345_content_model';
import * as migration_20261125_132655_leads_and_jobs from './20261125_132655_leads_and_jobs';
import * as migration_20261125_134552_lead_exports from './20261125_134552_lead_exports';
import * as migration_20261125_140922_redirects from './20261125_140922_redirects';
import * as migration_20261126_023537_going_live_leads from './20261126_023537_going_live_leads';
import * as migration_20261126_024947_media_caption from './20261126_024947_media_caption';
import * as migration_20261126_025438_publish_problems from './20261126_025438_publish_problems';
import * as migration_20261126_083853_localization from './20261126_083853_localization';
import * as migration_20261126_085530_site_time_zone from './20261126_085530_site_time_zone';
import * as migration_20261126_090731_lead_language from './20261126_090731_lead_language';
import * as migration_20261126_120000_search from './20261126_120000_search';
import * as migration_20261126_141001_booking from './20261126_141001_booking';
import * as migration_20261126_190000_home_cases from './20261126_190000_home_cases';
import * as migration_20261126_200000_lead_retention from './20261126_200000_lead_retention';
import * as migration_20261126_170000_page_views from './20261126_170000_page_views';
import * as migration_20261126_180000_page_view_totals from './20261126_180000_page_view_totals';
import * as migration_20261126_210000_media_storage from './20261126_210000_media_storage';

export const migrations = [
  {
    up: migration_20261125_123729_initial.up,
    down: migration_20261125_123729_initial.down,
    name: '20261125_123729_initial',
  },
  {
    up: migration_20261125_125345_content_model.up,
    down: migration_20261125_125345_content_model.down,
    name: '20261125_125345_content_model',
  },
  {
    up: migration_20261125_132655_leads_and_jobs.up,
    down: migration_20261125_132655_leads_and_jobs.down,
    name: '20261125_132655_leads_and_jobs',
  },
  {
    up: migration_20261125_134552_lead_exports.up,
    down: migration_20261125_134552_lead_exports.down,
    name: '20261125_134552_lead_exports',
  },
  {
    up: migration_20261125_140922_redirects.up,
    down: migration_20261125_140922_redirects.down,
    name: '20261125_140922_redirects',
  },
  {
    up: migration_20261126_023537_going_live_leads.up,
    down: migration_20261126_023537_going_live_leads.down,
    name: '20261126_023537_going_live_leads',
  },
  {
    up: migration_20261126_024947_media_caption.up,
    down: migration_20261126_024947_media_caption.down,
    name: '20261126_024947_media_caption',
  },
  {
    up: migration_20261126_025438_publish_problems.up,
    down: migration_20261126_025438_publish_problems.down,
    name: '20261126_025438_publish_problems',
  },
  {
    up: migration_20261126_083853_localization.up,
    down: migration_20261126_083853_localization.down,
    name: '20261126_083853_localization',
  },
  {
    up: migration_20261126_085530_site_time_zone.up,
    down: migration_20261126_085530_site_time_zone.down,
    name: '20261126_085530_site_time_zone',
  },
  {
    up: migration_20261126_090731_lead_language.up,
    down: migration_20261126_090731_lead_language.down,
    name: '20261126_090731_lead_language',
  },
  {
    up: migration_20261126_120000_search.up,
    down: migration_20261126_120000_search.down,
    name: '20261126_120000_search',
  },
  {
    up: migration_20261126_141001_booking.up,
    down: migration_20261126_141001_booking.down,
    name: '20261126_141001_booking',
  },
  {
    up: migration_20261126_170000_page_views.up,
    down: migration_20261126_170000_page_views.down,
    name: '20261126_170000_page_views',
  },
  {
    up: migration_20261126_180000_page_view_totals.up,
    down: migration_20261126_180000_page_view_totals.down,
    name: '20261126_180000_page_view_totals',
  },
  {
    up: migration_20261126_190000_home_cases.up,
    down: migration_20261126_190000_home_cases.down,
    name: '20261126_190000_home_cases',
  },
  {
    up: migration_20261126_200000_lead_retention.up,
    down: migration_20261126_200000_lead_retention.down,
    name: '20261126_200000_lead_retention',
  },
  {
    up: migration_20261126_210000_media_storage.up,
    down: migration_20261126_210000_media_storage.down,
    name: '20261126_210000_media_storage',
  },
];
