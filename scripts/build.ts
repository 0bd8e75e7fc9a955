// Builds both host outputs. Filled in by the Zendesk and HubSpot shells.
console.log('build: nothing to build yet');
