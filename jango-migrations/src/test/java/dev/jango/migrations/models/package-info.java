/** Test models compiled with the Jango processor. */
package dev.jango.migrations.models;
