// The baseline page loads one tiny module so both pages pay the same script start-up.
document.getElementById('blank')?.setAttribute('data-ready', 'true');
